package dev.contrail.adsb.decoder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contrail.adsb.decoder.commb.Bds;
import dev.contrail.adsb.decoder.commb.CommB;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** pyModeS 2.21.1 output for 600 messages (adsb_vectors.json {@code golden_pymodes_2_21_1}). */
class GoldenPyModeSTest {

    private static final JsonNode NO_CONTEXT = JsonNodeFactory.instance.objectNode();

    @Test
    void everyFieldOfTheGoldenDecodesAgrees() {
        JsonNode messages = TestData.vectors().get("golden_pymodes_2_21_1").get("messages");
        int fields = 0;
        for (Map.Entry<String, JsonNode> message : messages.properties()) {
            String hex = message.getKey();
            for (Map.Entry<String, JsonNode> field : message.getValue().properties()) {
                String name = field.getKey();
                if (name.equals("bds")) {
                    continue;
                }
                Object actual = VectorFields.single(name, hex, NO_CONTEXT);
                JsonNode expected = field.getValue();
                String what = hex + " " + name;
                if (name.equals("icao")) {
                    assertThat((String) actual).as(what).isEqualToIgnoringCase(expected.asString());
                } else if (name.equals("callsign")) {
                    // v2 pads with '_'
                    assertThat(actual).as(what).isEqualTo(expected.asString().replace("_", ""));
                } else if (name.equals("groundspeed") && hex.startsWith("8d")) {
                    // v2 truncates ADS-B ground speed to an int
                    assertThat(((Number) actual).doubleValue())
                            .as(what)
                            .isBetween(expected.asDouble(), expected.asDouble() + 1);
                } else {
                    AdsbVectorsTest.assertAgrees(what, actual, expected, JsonNodeFactory.instance.numberNode(1e-9));
                }
                fields++;
            }
        }
        assertThat(fields).isGreaterThan(2500);
    }

    @Test
    void commBRegisterInferenceAgreesWithUnambiguousGoldenRegisters() {
        JsonNode messages = TestData.vectors().get("golden_pymodes_2_21_1").get("messages");
        int single = 0;
        int agree = 0;
        int contradict = 0;
        for (Map.Entry<String, JsonNode> message : messages.properties()) {
            JsonNode bds = message.getValue().get("bds");
            if (bds == null || bds.isNull() || bds.asString().contains(",")) {
                continue;
            }
            single++;
            ModeSMessage m = MessageDecoder.decode(TestData.hex(message.getKey()));
            long mb = m instanceof SurveillanceReply r ? r.mb() : ((IdentityReply) m).mb();
            String golden =
                    bds.asString().substring(3, 4) + "," + bds.asString().substring(4);
            Bds ours = CommB.infer(mb);
            if (ours != null && ours.label().equals(golden)) {
                agree++;
            } else if (ours != null) {
                contradict++;
            }
        }
        System.out.printf(
                "Comm-B inference: %d unambiguous golden registers, %d agree, %d contradict, %d undecided%n",
                single, agree, contradict, single - agree - contradict);
        assertThat(contradict).isZero();
        assertThat(agree).isGreaterThanOrEqualTo(single * 9 / 10);
    }
}
