-- Why a fee is waived or halved (FeeRelief). Every exemption recorded so far was the counter's
-- "低保户免收", the urban minimum living allowance.
alter table payment add column fee_relief varchar(25);
update payment set fee_relief = 'MINIMUM_LIVING_ALLOWANCE' where exemption_status is not null;
