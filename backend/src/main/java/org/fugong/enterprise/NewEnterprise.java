package org.fugong.enterprise;

/** An enterprise to register; officials are given by username. */
public record NewEnterprise(String name, String creditCode, String industry, String district, Boolean key,
                            Integer headcount, String taskForceLeader, String specialist) {
}
