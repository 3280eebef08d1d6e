/**
 * Where the graph lives: the packaged ontology, shapes and reference data
 * ({@link org.directivegraph.store.PackagedData}), and the store that holds them with the ingested
 * documents, one named graph per document: embedded TDB2 ({@link org.directivegraph.store.KnowledgeStore}) or a
 * remote SPARQL 1.1 server such as Fuseki ({@link org.directivegraph.store.RemoteStore}). Also the store's files:
 * N-Quads dumps ({@link org.directivegraph.store.DumpFiles}) and RDF files read for loading
 * ({@link org.directivegraph.store.RdfFiles}) and the load of them into a store's folder, through Jena's bulk loader
 * when the store is empty ({@link org.directivegraph.store.FolderLoad}); backups ({@link org.directivegraph.store.Backups}) and the streaming reader
 * a restore replaces the whole store from ({@link org.directivegraph.store.BackupReader}); the check of the store's
 * folder before each write ({@link org.directivegraph.store.StoreGuard}).
 */
package org.directivegraph.store;
