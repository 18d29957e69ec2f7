/**
 * Police stations, the household-registration regions each serves, and the staff accounts with
 * their roles. {@code StaffDirectory} turns the logged-in caller into an account and station: the
 * anchor every station-scoped query starts from.
 */
package cn.cq.police.idcard.stations;
