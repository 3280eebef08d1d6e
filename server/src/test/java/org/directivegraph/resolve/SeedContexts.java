package org.directivegraph.resolve;

import java.time.LocalDate;
import java.util.Map;

import org.directivegraph.units.UnitDirectory;

/** The unit contexts of the five gold seeds, as their gold graphs resolve them, over the packaged reference index. */
final class SeedContexts {

    static final String B = "https://w3id.org/directivegraph/";

    /** The plan IRIs of the seeds, by seed number. */
    static final Map<String, String> PLANS = Map.of(
            "000", B + "id/doc/10981/ubnd/2022/kh-u7428553a",
            "001", B + "id/doc/11429/ubnd/2024/kh-10",
            "002", B + "id/doc/14764/ubnd/2023/kh-u1ab2e56d",
            "003", B + "id/doc/707/ubnd/2023/kh-u0d163c87",
            "004", B + "id/doc/x-xa-nam-chinh/ubnd/2023/kh-ub32feb20");

    /** The dates the seeds' names are read at: the printed date, or the middle of the printed month or year. */
    static final Map<String, LocalDate> DATES = Map.of(
            "000", LocalDate.of(2022, 2, 15),
            "001", LocalDate.of(2024, 2, 27),
            "002", LocalDate.of(2023, 6, 30),
            "003", LocalDate.of(2023, 6, 30),
            "004", LocalDate.of(2023, 1, 15));

    private SeedContexts() {
    }

    static ReferenceIndex index() {
        return ReferenceIndex.packaged();
    }

    /** The unit context of seed {@code seed} ("000" … "004"). */
    static UnitContext of(String seed) {
        UnitDirectory units = index().units();
        LocalDate date = DATES.get(seed);
        return switch (seed) {
            case "000" -> UnitContext.of(units, "10981", date);
            case "001" -> UnitContext.of(units, "11429", date);
            case "002" -> UnitContext.of(units, "14764", date);
            case "003" -> UnitContext.of(units, "707", date);
            case "004" -> UnitContext.unresolved("x-xa-nam-chinh", units.resolve("Xã Nam Chính", date).candidates(), date);
            default -> throw new IllegalArgumentException(seed);
        };
    }
}
