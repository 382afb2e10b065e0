package dev.contrail.adsb.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contrail.adsb.decoder.DecodeResult;
import dev.contrail.adsb.decoder.Decoder;
import dev.contrail.adsb.decoder.DecoderConfig;
import dev.contrail.adsb.decoder.ExtendedSquitter;
import dev.contrail.adsb.decoder.Identification;
import dev.contrail.adsb.decoder.IdentityReply;
import dev.contrail.adsb.decoder.Position;
import dev.contrail.adsb.sim.SimFrame.Kind;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimulatorTest {

    private static final SimulatorSettings SETTINGS = new SimulatorSettings(20, 200, 42, 50.0379, 8.5622);

    @Test
    void simulatedFramesDecodeToTheSimulatedPositions() {
        var simulator = new Simulator(SETTINGS, 1_700_000_000_000L);
        var decoder = new Decoder(DecoderConfig.defaults().withReceiver(new Position(50.0379, 8.5622)));
        int airborne = 0;
        int surface = 0;
        int positionFrames = 0;
        int rejected = 0;
        Set<String> callsigns = new HashSet<>();
        Set<Integer> squawkedAircraft = new HashSet<>();
        for (int i = 0; i < 200 * 1800; i++) { // 30 minutes of simulated traffic
            SimFrame f = simulator.next();
            DecodeResult result = decoder.decode(f.bytes(), f.timeMillis());
            boolean position = f.kind() == Kind.AIRBORNE_POSITION || f.kind() == Kind.SURFACE_POSITION;
            positionFrames += position ? 1 : 0;
            if (!(result instanceof DecodeResult.Accepted a)) {
                rejected++;
                continue;
            }
            assertThat(a.message().address()).isEqualTo(f.icao());
            if (a.validPosition() != null) {
                double errorNm = a.validPosition().distanceNm(new Position(f.lat(), f.lon()));
                assertThat(errorNm).as("frame %d %s", i, f.kind()).isLessThan(0.01); // CPR resolution ~5 m
                if (f.onGround()) {
                    surface++;
                } else {
                    airborne++;
                }
            }
            if (a.message() instanceof ExtendedSquitter es && es.adsb() instanceof Identification id) {
                callsigns.add(id.callsign());
            }
            if (a.message() instanceof IdentityReply r) {
                squawkedAircraft.add(r.address());
            }
        }
        assertThat(rejected).as("implausible or undecodable frames").isZero();
        assertThat(airborne + surface).isGreaterThan(positionFrames * 9 / 10);
        assertThat(surface).as("taxiing aircraft").isPositive();
        assertThat(callsigns).hasSize(20).allMatch(c -> c.matches("[A-Z]{3}[0-9]{2,4}"));
        assertThat(squawkedAircraft).hasSize(20);
    }

    @Test
    void theSameSeedGivesTheSameFrames() {
        var a = new Simulator(SETTINGS, 0);
        var b = new Simulator(SETTINGS, 0);
        for (int i = 0; i < 10_000; i++) {
            assertThat(a.next().bytes()).isEqualTo(b.next().bytes());
        }
    }

    @Test
    void aircraftGoThroughEveryPhaseOfAFlight() {
        var aircraft = new SimulatedAircraft(0x3C0001, "DLH1", 1000, 50, 8, new java.util.SplittableRandom(7));
        aircraft.startAnywhere();
        Set<SimulatedAircraft.Phase> seen = new HashSet<>();
        for (int s = 0; s < 6 * 3600; s++) {
            aircraft.advance(1);
            seen.add(aircraft.phase);
            assertThat(aircraft.altitudeFt).isBetween(0.0, 40_000.0);
        }
        assertThat(seen).containsExactlyInAnyOrder(SimulatedAircraft.Phase.values());
    }
}
