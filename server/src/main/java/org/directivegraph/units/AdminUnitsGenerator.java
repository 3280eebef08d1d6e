package org.directivegraph.units;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Generates {@code data/units/admin-units.ttl.gz} from the CSVs of {@code data/sources/} (see its README):
 * the country {@code id/unit/VN}; every unit of the 2021–2025 list ({@code id/unit/{code}}) with its official
 * code, level, type, latest name ({@code skos:prefLabel}, earlier names as {@code skos:altLabel}) and latest
 * parent, and one {@code dg:UnitVersion} per row (name, type, parent, first and last listed); every unit of
 * the structure from 1 July 2025 ({@code id/unit/2025/{code}}, {@code dg:validFrom 2025-07-01}, type from the
 * name's first word) with one version; and, from the predecessors file, {@code dg:succession} statements
 * ({@code {new unit}/succession/{old code}}, merge type full or partial) with direct {@code dg:predecessor} /
 * {@code dg:successor} links.
 *
 * <p>Validity: units and versions last listed on 2025-03-01 (the last snapshot) get
 * {@code dg:validUntil 2025-06-30}, because the two-tier structure took effect on 1 July 2025; the others get
 * no {@code dg:validUntil}, since a last listing only bounds the end. No {@code dg:validFrom} is given for
 * 2021–2025 units: a first listing is only a bound too.
 *
 * <p>Predecessor rows are checked ({@link SuccessionCheck}): rows naming a code missing from its list are
 * dropped, rows whose names or levels disagree with the lists are kept and reported. The list's own flaws
 * (stray white space in names, a type column contradicting the name) are cleaned up and counted.
 *
 * <p>The output is deterministic: everything is sorted, the Turtle is written by hand, and the gzip header
 * carries no time stamp, so re-running on the same CSVs gives the same bytes (with the same zlib).
 */
public final class AdminUnitsGenerator {

    private AdminUnitsGenerator() {
    }

    /**
     * Reads the three CSVs of {@code sourceFolder} and writes the gzipped Turtle to {@code output} (replacing
     * it; parent folders are created).
     *
     * @return what was written and what was found doubtful
     */
    public static GenerationReport generate(Path sourceFolder, Path output) {
        long start = System.nanoTime();
        UnitModel model = UnitModel.build(UnitSources.read(sourceFolder));
        UnitsTurtle.Output turtle = UnitsTurtle.write(model);
        byte[] gz = gzip(turtle.text().getBytes(StandardCharsets.UTF_8));
        try {
            Path parent = output.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = parent.resolve(output.getFileName() + ".tmp");
            Files.write(tmp, gz);
            try {
                Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output, e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new GenerationReport(model.listedRows, model.threeTierCounts, model.twoTierCounts,
                model.listedRows + model.twoTier.size(), model.closedUnits, model.predecessorRows,
                model.successions.linkCount(), model.successions.conflicts(), model.withoutSuccessor,
                model.namesCleaned, java.util.List.copyOf(model.typeCorrections), turtle.triples(), gz.length,
                sha256(gz), millis);
    }

    /** Gzip at the best compression, with no file name and no time stamp in the header. */
    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(data.length / 8);
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Command line: {@code AdminUnitsGenerator <csv folder> <output .ttl.gz>}; prints the report. Exit code 2 on
     * wrong arguments, 1 on a data error.
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: AdminUnitsGenerator <csv folder> <output .ttl.gz>");
            System.exit(2);
        }
        try {
            GenerationReport report = generate(Path.of(args[0]), Path.of(args[1]));
            System.out.println("Wrote " + args[1]);
            System.out.print(report);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }
}
