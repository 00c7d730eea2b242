package io.newsflow.contract;

import java.util.List;

/**
 * One topic of newsflow's contract as the AsyncAPI document describes it: its address, what it is for,
 * whether Kafka compacts it, its key, the message it carries, what a tombstone (a null value) means on it,
 * and which services write and read it.
 *
 * @param id          the channel's name in the document ({@code articlesCurrent})
 * @param address     the Kafka topic
 * @param description what the topic holds, for readers of the document
 * @param compacted   {@code cleanup.policy=compact} (else {@code delete})
 * @param key         the message key
 * @param message     the message its values are
 * @param retraction  the message of a tombstone on this topic, null when newsflow writes none there
 * @param writers     the newsflow services that write it
 * @param readers     the newsflow services that read it (consumers outside newsflow are not listed)
 */
public record ContractChannel(String id, String address, String description, boolean compacted, Key key,
        Message message, Message retraction, List<String> writers, List<String> readers) {

    public ContractChannel {
        writers = List.copyOf(writers);
        readers = List.copyOf(readers);
    }

    /**
     * What a record's key is.
     *
     * @param description what the key names
     * @param pattern     the regular expression every key matches, or null
     * @param nullable    true when a record may come without a key
     */
    public record Key(String description, String pattern, boolean nullable) {
    }

    /**
     * A message a topic carries.
     *
     * @param id          its name under {@code components/messages}
     * @param title       a short title
     * @param summary     what one record says
     * @param contentType its content type
     * @param payload     the record its JSON value is written from; null for a tombstone or for bytes
     *                    newsflow does not write itself
     * @param headers     the headers every record has, in the order they are written
     */
    public record Message(String id, String title, String summary, String contentType, Class<?> payload,
            List<Header> headers) {

        public Message {
            headers = List.copyOf(headers);
        }
    }

    /**
     * A header every record of a message has, its value a UTF-8 string.
     *
     * @param name        its name
     * @param description what it says
     * @param pattern     the regular expression its value matches, or null
     */
    public record Header(String name, String description, String pattern) {
    }
}
