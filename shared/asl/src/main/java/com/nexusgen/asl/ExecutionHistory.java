package com.nexusgen.asl;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Collects an execution's events in order, numbering them as GetExecutionHistory does. */
public final class ExecutionHistory {
    private final StatesClock clock;
    private final Consumer<HistoryEvent> listener;
    private final List<HistoryEvent> events = new ArrayList<>();
    private volatile java.util.function.BiConsumer<String, JsonNode> checkpoints = (state, input) -> { };

    public ExecutionHistory(StatesClock clock, Consumer<HistoryEvent> listener) {
        this.clock = clock;
        this.listener = listener;
    }

    /** Continues the numbering of events recorded earlier (an execution resumed after a restart). */
    public ExecutionHistory(StatesClock clock, Consumer<HistoryEvent> listener, List<HistoryEvent> earlier) {
        this(clock, listener);
        events.addAll(earlier);
    }

    /** Told of every top-level state about to run and its input, so an execution can resume there. */
    public void onCheckpoint(java.util.function.BiConsumer<String, JsonNode> listener) {
        this.checkpoints = listener;
    }

    void checkpoint(String state, JsonNode input) {
        checkpoints.accept(state, input);
    }

    synchronized HistoryEvent add(String type, String stateName, JsonNode input, JsonNode output, String error,
                                  String cause) {
        long id = events.size() + 1;
        HistoryEvent event = new HistoryEvent(id, id - 1, clock.now(), type, stateName, input, output, error, cause);
        events.add(event);
        listener.accept(event);
        return event;
    }

    public synchronized List<HistoryEvent> events() {
        return List.copyOf(events);
    }
}
