-- How far an account's supervisor and administrator authority reaches (issue 14): its own station,
-- every station of its station's district (分局), or the whole city (市局). A clerk's counter
-- work is always at the account's own station.
alter table staff_account add column reach varchar(10) default 'STATION' not null;
alter table staff_account add constraint staff_reach_known
    check (reach in ('STATION', 'DISTRICT', 'CITY'));

-- The groups the identity store gives a person: their roles, plus CITY_ADMINISTRATOR for an
-- administrator whose reach is the city, which alone may change city-wide settings. A view, so
-- the identity store's one-parameter query stays one select on H2 and PostgreSQL alike.
create view staff_group (username, group_name) as
    select a.username, r.role
    from staff_account a join staff_role r on r.staff_id = a.id
    union all
    select a.username, 'CITY_ADMINISTRATOR'
    from staff_account a join staff_role r on r.staff_id = a.id
    where r.role = 'ADMINISTRATOR' and a.reach = 'CITY';
