package nl.laatstemeter.notification;

/**
 * Who a resident mail comes from and whom the resident contacts: the organisation (Camunda
 * group) in whose name it is sent, its display name, reply address and phone, and the project's
 * contact person when the project names one.
 */
record MailContact(String group, String organisation, String replyTo, String phone, String person) {}
