/**
 * Bulk generator of a reproducible national (or province-sized) dataset for benchmarks: the real tree and
 * the July 2025 reform through the organization facades, then grassroots organizations, cells, members
 * with five years of history, documents and campaigns written with PostgreSQL COPY. A module of its own
 * that no other module references; active only with {@code --chinhdon.dataset.scale=}.
 */
package vn.chinhdon.dataset;
