package org.directivegraph.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What an operator can set, as {@code directivegraph.*} properties (in {@code application.properties}, the
 * environment, or {@code --directivegraph.store.location=…} on the command line). Every default works with
 * no configuration at all, except writing over HTTP, which stays closed until a writer is configured.
 */
@ConfigurationProperties(prefix = "directivegraph")
public class DirectiveGraphProperties {

    private final Store store = new Store();
    private final Seeds seeds = new Seeds();
    private final Sparql sparql = new Sparql();
    private final Upload upload = new Upload();
    private final Backup backup = new Backup();
    /** Writers by user name, each with a BCrypt hash of its password ({@code $2a$…}); none by default. */
    private Map<String, String> writers = new LinkedHashMap<>();
    /** The public URL the application is reached at, for absolute links in dumps and descriptions; empty: from each request. */
    private String publicUrl = "";

    public Store getStore() {
        return store;
    }

    public Seeds getSeeds() {
        return seeds;
    }

    public Sparql getSparql() {
        return sparql;
    }

    public Upload getUpload() {
        return upload;
    }

    public Backup getBackup() {
        return backup;
    }

    public Map<String, String> getWriters() {
        return writers;
    }

    public void setWriters(Map<String, String> writers) {
        this.writers = writers;
    }

    public String getPublicUrl() {
        return publicUrl;
    }

    public void setPublicUrl(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** Where the data lives. */
    public static class Store {
        /** Folder of the embedded TDB2 store, created if missing. */
        private Path location = Path.of("directivegraph-data");
        /** URL of a remote SPARQL 1.1 dataset (Fuseki: {@code http://host:3030/dg}); when set, no embedded store is opened. */
        private String remoteUrl = "";
        /** User name for the remote store, if it needs one. */
        private String remoteUser = "";
        /** Password for the remote store. */
        private String remotePassword = "";
        /** Free space the embedded store's file system must have before each write; less refuses the write (507). */
        private DataSize minFreeSpace = DataSize.ofMegabytes(64);

        public DataSize getMinFreeSpace() {
            return minFreeSpace;
        }

        public void setMinFreeSpace(DataSize minFreeSpace) {
            this.minFreeSpace = minFreeSpace;
        }

        public Path getLocation() {
            return location;
        }

        public void setLocation(Path location) {
            this.location = location;
        }

        public String getRemoteUrl() {
            return remoteUrl;
        }

        public void setRemoteUrl(String remoteUrl) {
            this.remoteUrl = remoteUrl;
        }

        public String getRemoteUser() {
            return remoteUser;
        }

        public void setRemoteUser(String remoteUser) {
            this.remoteUser = remoteUser;
        }

        public String getRemotePassword() {
            return remotePassword;
        }

        public void setRemotePassword(String remotePassword) {
            this.remotePassword = remotePassword;
        }

        /** Whether a remote store is configured. */
        public boolean isRemote() {
            return remoteUrl != null && !remoteUrl.isBlank();
        }
    }

    /** The five seed plans. */
    public static class Seeds {
        /** Whether to ingest the seed plans' texts when the store holds no document yet. */
        private boolean ingestOnStart = true;

        public boolean isIngestOnStart() {
            return ingestOnStart;
        }

        public void setIngestOnStart(boolean ingestOnStart) {
            this.ingestOnStart = ingestOnStart;
        }
    }

    /** The public SPARQL endpoint. */
    public static class Sparql {
        /** Longest a query may run before it is stopped. */
        private Duration timeout = Duration.ofSeconds(30);
        /** Most rows (or triples) one answer may hold; a query asking for more gets this many. */
        private long resultLimit = 10_000;

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        public long getResultLimit() {
            return resultLimit;
        }

        public void setResultLimit(long resultLimit) {
            this.resultLimit = resultLimit;
        }
    }

    /** Backups made through {@code POST /api/backups}. */
    public static class Backup {
        /** Folder of the backups; empty: {@code directivegraph-backups} beside the store's folder. */
        private Path folder;

        public Path getFolder() {
            return folder;
        }

        public void setFolder(Path folder) {
            this.folder = folder;
        }

        /** The folder to use for a store in {@code storeLocation}. */
        public Path folderFor(Path storeLocation) {
            if (folder != null && !folder.toString().isBlank()) {
                return folder.toAbsolutePath();
            }
            Path parent = storeLocation.toAbsolutePath().normalize().getParent();
            return (parent == null ? Path.of(".") : parent).resolve("directivegraph-backups").toAbsolutePath();
        }
    }

    /** Uploads to the ingest and validation API. */
    public static class Upload {
        /** Largest document or RDF file accepted. */
        private DataSize maxFileSize = DataSize.ofMegabytes(20);

        public DataSize getMaxFileSize() {
            return maxFileSize;
        }

        public void setMaxFileSize(DataSize maxFileSize) {
            this.maxFileSize = maxFileSize;
        }
    }
}
