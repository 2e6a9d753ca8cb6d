"""Case work on the LGWAN side: the workflow table, queues and search, the application detail, review decisions, reassignment and the applicant notices they queue."""
