package org.directivegraph.server;

import org.directivegraph.extract.source.DocumentReader;
import org.directivegraph.ingest.Ingester;
import org.directivegraph.store.Backups;
import org.directivegraph.store.GraphStore;
import org.directivegraph.store.KnowledgeStore;
import org.directivegraph.store.ReferenceData;
import org.directivegraph.store.RemoteStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The store the application serves: the embedded TDB2 store in {@code directivegraph.store.location}, or the
 * remote one at {@code directivegraph.store.remote-url}. The reference data is loaded (or upgraded) before
 * anything else uses the store.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DirectiveGraphProperties.class)
public class StoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);

    /** Opens the store and brings its reference data up to date. */
    @Bean(destroyMethod = "close")
    public GraphStore graphStore(DirectiveGraphProperties properties) {
        DirectiveGraphProperties.Store p = properties.getStore();
        GraphStore store;
        if (p.isRemote()) {
            RemoteStore remote = new RemoteStore(p.getRemoteUrl(), p.getRemoteUser(), p.getRemotePassword());
            store = remote;
            log.info("Using the remote store at {}", remote.location());
        } else {
            store = KnowledgeStore.openTdb2(p.getLocation(), p.getMinFreeSpace().toBytes());
            log.info("Using the embedded TDB2 store in {}", store.location());
        }
        try {
            ReferenceData.LoadResult loaded = ReferenceData.ensureLoaded(store);
            log.info(loaded.loaded() ? "Reference data loaded ({} graphs)" : "Reference data up to date", loaded.triplesByGraph().size());
            if (store instanceof RemoteStore remote) {
                remote.checkUnionDefaultGraph();
            }
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** The folder of backups ({@code directivegraph.backup.folder}). */
    @Bean
    public Backups backups(DirectiveGraphProperties properties) {
        return new Backups(properties.getBackup().folderFor(properties.getStore().getLocation()));
    }

    /** Reads upload limits from the properties. */
    @Bean
    public DocumentReader documentReader(DirectiveGraphProperties properties) {
        return new DocumentReader(DocumentReader.Limits.DEFAULT.withMaxFileBytes(properties.getUpload().getMaxFileSize().toBytes()));
    }

    /** The ingester; made when first needed, since it reads every administrative unit. */
    @Bean
    @Lazy
    public Ingester ingester(GraphStore store, DocumentReader reader) {
        return new Ingester(store, reader);
    }
}
