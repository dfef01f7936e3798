package org.sanctionsengine.server;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sanctionsengine.lists.SnapshotStore;
import org.sanctionsengine.names.NameNormalizer;
import org.sanctionsengine.regime.Regime;
import org.sanctionsengine.regime.RegimeLoader;
import org.sanctionsengine.scenario.Scenarios;
import org.sanctionsengine.screening.Screener;
import org.sanctionsengine.storage.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the routes share: the DPRK regime and its screener, the built-in scenarios, the list view,
 * and the store. One per server; closing it stops the list watcher and closes the store.
 */
public final class Engine implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

  /** How often the server looks for a new list snapshot (imported by another process). */
  static final long LIST_CHECK_SECONDS = 5;

  private final Regime regime;
  private final Screener screener;
  private final Scenarios scenarios;
  private final SnapshotStore snapshots;
  private final ListsView lists;
  private final Storage storage;
  private final Clock clock;
  private final ScheduledExecutorService watcher;

  Engine(ServerSettings settings, Clock clock) {
    this.clock = clock;
    this.regime = RegimeLoader.dprk();
    this.screener = new Screener(regime);
    this.scenarios = new Scenarios(regime);
    this.snapshots = SnapshotStore.open(settings.sanctionsHome(), clock);
    this.lists = new ListsView(snapshots, NameNormalizer.create());
    this.storage = Storage.open(settings.database(), clock);
    this.watcher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "sanctions-list-watcher");
              thread.setDaemon(true);
              return thread;
            });
    watcher.scheduleWithFixedDelay(
        this::refreshLists, LIST_CHECK_SECONDS, LIST_CHECK_SECONDS, TimeUnit.SECONDS);
  }

  private void refreshLists() {
    try {
      lists.refresh();
    } catch (RuntimeException e) {
      // Keep serving the previous snapshots; the next round tries again.
      LOG.warn("could not load the new list snapshots; still serving the previous ones", e);
    }
  }

  public Regime regime() {
    return regime;
  }

  public Screener screener() {
    return screener;
  }

  public Scenarios scenarios() {
    return scenarios;
  }

  public SnapshotStore snapshots() {
    return snapshots;
  }

  public ListsView lists() {
    return lists;
  }

  public Storage storage() {
    return storage;
  }

  public Clock clock() {
    return clock;
  }

  @Override
  public void close() {
    watcher.shutdownNow();
    storage.close();
  }
}
