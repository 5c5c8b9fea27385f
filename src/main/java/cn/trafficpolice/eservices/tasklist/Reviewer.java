package cn.trafficpolice.eservices.tasklist;

import java.util.List;

/** A person logged in to the Camunda webapps (Tasklist), with their groups. */
public record Reviewer(String userId, List<String> groupIds) {
}
