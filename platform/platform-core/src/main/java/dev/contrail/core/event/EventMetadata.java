package dev.contrail.core.event;

/**
 * Who caused an event and in reaction to what. Carried as the CloudEvents extensions {@code
 * correlationid}, {@code causationid} and {@code actor}.
 *
 * @param correlationId the flow or request this event belongs to
 * @param causationId the id of the command or event that caused it
 * @param actor the authenticated principal that issued the command
 */
public record EventMetadata(String correlationId, String causationId, String actor) {

    public static EventMetadata none() {
        return new EventMetadata(null, null, null);
    }
}
