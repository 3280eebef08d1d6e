package org.directivegraph.extract.source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.directivegraph.extract.source.UnreadableDocumentException.Reason;

/**
 * Checks a zip container (a .docx) before Tika and POI open it: that the archive is whole, and that it does not
 * unpack to far more than it weighs (a zip bomb). First the central directory is read, and an archive whose
 * declared sizes are too large, or too large for their packed size, is refused without unpacking anything.
 * Then every entry is inflated in memory, without keeping the output, and refused the moment it unpacks to
 * more than it declared (an entry that lies about its size is a bomb, and POI's own guard does not stop one
 * that unpacks to XML white space), or to other bytes than its checksum says. A real Word document passes in
 * milliseconds.
 */
final class ZipInspector {

    /** The most entries accepted; a Word document has a few dozen, a few hundred with many pictures. */
    static final int MAX_ENTRIES = 10_000;
    /** The largest unpack ratio accepted for an entry over {@link #RATIO_GRACE} bytes (POI's own limit). */
    static final long MAX_RATIO = 100;
    /** Entries that unpack to less than this are not checked for their ratio. */
    static final long RATIO_GRACE = 1024 * 1024;
    /** The least total unpacked size accepted whatever the file size limit: 512 MiB. */
    static final long MIN_TOTAL_LIMIT = 512L * 1024 * 1024;

    private static final int EOCD = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_EOCD = 0x06064b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int LOCAL = 0x04034b50;
    private static final long U32_MAX = 0xFFFFFFFFL;

    /** One entry of the central directory, with its sizes as declared there. */
    record Entry(String name, long compressedSize, long size) {
    }

    private ZipInspector() {
    }

    /**
     * The entries of the archive, after checking it is whole and no bomb.
     *
     * @param name the file name, for messages
     * @param bytes the whole file
     * @param maxFileBytes the file size limit; the unpacked total may be 10 times that, at least 512 MiB
     */
    static List<Entry> inspect(String name, byte[] bytes, long maxFileBytes) throws UnreadableDocumentException {
        int eocd = findEndOfCentralDirectory(bytes);
        if (eocd < 0) {
            throw Messages.damaged(name, SourceFormat.fromFileName(name), true, "the zip archive is damaged or cut short", null);
        }
        long entries = u16(bytes, eocd + 10);
        long cdSize = u32(bytes, eocd + 12);
        long cdOffset = u32(bytes, eocd + 16);
        if (entries == 0xFFFF || cdSize == U32_MAX || cdOffset == U32_MAX) {
            int locator = eocd - 20;
            if (locator < 0 || i32(bytes, locator) != ZIP64_LOCATOR) {
                throw damaged(name);
            }
            long z64 = u64(bytes, locator + 8);
            if (z64 < 0 || z64 > locator - 56 || i32(bytes, (int) z64) != ZIP64_EOCD) {
                throw damaged(name);
            }
            entries = u64(bytes, (int) z64 + 32);
            cdSize = u64(bytes, (int) z64 + 40);
            cdOffset = u64(bytes, (int) z64 + 48);
        }
        if (entries < 0 || entries > MAX_ENTRIES) {
            throw new UnreadableDocumentException(Reason.TOO_LARGE, name, name + " is a zip archive of " + Sizes.count(entries)
                    + " entries; a Word document has far fewer (the limit is " + Sizes.count(MAX_ENTRIES) + "): it is not a real Word document");
        }
        if (cdOffset < 0 || cdSize < 0 || cdOffset > bytes.length || cdSize > bytes.length - cdOffset) {
            throw damaged(name);
        }
        List<Entry> list = new ArrayList<>((int) entries);
        long total = 0;
        long totalLimit = Math.max(MIN_TOTAL_LIMIT, 10 * maxFileBytes);
        int p = (int) cdOffset;
        for (long i = 0; i < entries; i++) {
            if (p + 46 > bytes.length || i32(bytes, p) != CENTRAL) {
                throw damaged(name);
            }
            long compressed = u32(bytes, p + 20);
            long size = u32(bytes, p + 24);
            int nameLength = u16(bytes, p + 28);
            int extraLength = u16(bytes, p + 30);
            int commentLength = u16(bytes, p + 32);
            long localOffset = u32(bytes, p + 42);
            int end = p + 46 + nameLength + extraLength + commentLength;
            if (end > bytes.length) {
                throw damaged(name);
            }
            String entryName = new String(bytes, p + 46, nameLength, StandardCharsets.UTF_8);
            if (size == U32_MAX || compressed == U32_MAX || localOffset == U32_MAX) {
                long[] zip64 = zip64Sizes(bytes, p + 46 + nameLength, extraLength, size == U32_MAX, compressed == U32_MAX,
                        localOffset == U32_MAX);
                if (zip64 == null) {
                    throw damaged(name);
                }
                size = size == U32_MAX ? zip64[0] : size;
                compressed = compressed == U32_MAX ? zip64[1] : compressed;
                localOffset = localOffset == U32_MAX ? zip64[2] : localOffset;
            }
            if (size < 0 || compressed < 0 || localOffset < 0 || localOffset >= cdOffset || compressed > bytes.length) {
                throw damaged(name);
            }
            if (size > RATIO_GRACE && size > MAX_RATIO * Math.max(compressed, 1)) {
                throw bomb(name, "its entry " + entryName + " would unpack from " + Sizes.bytes(compressed) + " to " + Sizes.bytes(size)
                        + " (" + Sizes.count(size / Math.max(compressed, 1)) + " times; a Word document stays under " + MAX_RATIO + ")");
            }
            total += size;
            if (total > totalLimit || total < 0) {
                throw bomb(name, "it would unpack to more than " + Sizes.limit(totalLimit));
            }
            list.add(new Entry(entryName, compressed, size));
            checkData(name, bytes, entryName, u16(bytes, p + 10), u32(bytes, p + 16), localOffset, compressed, size);
            p = end;
        }
        return list;
    }

    /** Inflates an entry's data and checks that it unpacks to exactly its declared size and checksum, stopping past the size. */
    private static void checkData(String name, byte[] bytes, String entryName, int method, long crc32, long localOffset, long compressed,
            long size) throws UnreadableDocumentException {
        int local = (int) localOffset;
        if (local + 30 > bytes.length || i32(bytes, local) != LOCAL) {
            throw damaged(name);
        }
        long start = local + 30L + u16(bytes, local + 26) + u16(bytes, local + 28);
        if (start + compressed > bytes.length) {
            throw damaged(name);
        }
        if (method == 0) {
            if (compressed != size) {
                throw damaged(name);
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, (int) start, (int) compressed);
            if (crc.getValue() != crc32) {
                throw damaged(name);
            }
            return;
        }
        if (method != 8) {
            throw Messages.damaged(name, SourceFormat.fromFileName(name), true,
                    "its entry " + entryName + " uses a compression method Word does not use (" + method + ")", null);
        }
        Inflater inflater = new Inflater(true);
        CRC32 crc = new CRC32();
        try {
            inflater.setInput(bytes, (int) start, (int) compressed);
            byte[] sink = new byte[64 * 1024];
            long out = 0;
            while (!inflater.finished()) {
                int n = inflater.inflate(sink);
                out += n;
                crc.update(sink, 0, n);
                if (out > size) {
                    // Longer than declared: a bomb when it unpacks out of all proportion, else plain damage.
                    if (out > RATIO_GRACE / 4 && out > MAX_RATIO * Math.max(1, inflater.getBytesRead())) {
                        throw bomb(name, "its entry " + entryName + " unpacks to more than the " + Sizes.bytes(size) + " it declares");
                    }
                    throw damaged(name);
                }
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw damaged(name);
                }
            }
            if (out != size || crc.getValue() != crc32) {
                throw damaged(name);
            }
        } catch (DataFormatException e) {
            throw Messages.damaged(name, SourceFormat.fromFileName(name), true, "the zip archive is damaged", e);
        } finally {
            inflater.end();
        }
    }

    private static UnreadableDocumentException damaged(String name) {
        return Messages.damaged(name, SourceFormat.fromFileName(name), true, "the zip archive is damaged", null);
    }

    private static UnreadableDocumentException bomb(String name, String why) {
        return new UnreadableDocumentException(Reason.TOO_LARGE, name,
                name + " looks like a zip bomb: " + why + ". It is not a real Word document; do not open it");
    }

    /** The zip64 sizes of an entry (unpacked, packed, local offset), or null when the extra field lacks them. */
    private static long[] zip64Sizes(byte[] b, int start, int length, boolean hasSize, boolean hasCompressed, boolean hasOffset) {
        int p = start;
        int end = start + length;
        while (p + 4 <= end) {
            int id = u16(b, p);
            int size = u16(b, p + 2);
            if (p + 4 + size > end) {
                return null;
            }
            if (id == 0x0001) {
                long[] out = new long[3];
                int q = p + 4;
                int needed = 8 * ((hasSize ? 1 : 0) + (hasCompressed ? 1 : 0) + (hasOffset ? 1 : 0));
                if (size < needed) {
                    return null;
                }
                if (hasSize) {
                    out[0] = u64(b, q);
                    q += 8;
                }
                if (hasCompressed) {
                    out[1] = u64(b, q);
                    q += 8;
                }
                if (hasOffset) {
                    out[2] = u64(b, q);
                }
                return out;
            }
            p += 4 + size;
        }
        return null;
    }

    /** The offset of the end-of-central-directory record, searched backwards over the longest comment, or -1. */
    private static int findEndOfCentralDirectory(byte[] b) {
        int last = b.length - 22;
        int first = Math.max(0, last - 0xFFFF);
        for (int i = last; i >= first; i--) {
            if (i32(b, i) == EOCD && i + 22 + u16(b, i + 20) <= b.length) {
                return i;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
    }

    private static int i32(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | (b[p + 3] & 0xFF) << 24;
    }

    private static long u32(byte[] b, int p) {
        return i32(b, p) & U32_MAX;
    }

    private static long u64(byte[] b, int p) {
        return u32(b, p) | u32(b, p + 4) << 32;
    }
}
