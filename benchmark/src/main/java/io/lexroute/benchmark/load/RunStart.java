package io.lexroute.benchmark.load;

/**
 * A run about to start: its name, and the backlog of earlier runs it starts with.
 *
 * @param backlogAtStart orders of earlier runs that were still undecided when this run started
 */
public record RunStart(String label, Backlog backlog, int backlogAtStart) {
}
