import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * SQLite copies the write-ahead log back into the database inside whichever COMMIT takes the log past
 * `wal_autocheckpoint`, and better-sqlite3 runs that COMMIT on the event loop: 100 ms and more after a
 * large import, with every other request waiting. With auto-checkpoints off on the writer, this worker
 * thread checkpoints on its own connection instead. PASSIVE never waits for, nor blocks, readers or the writer.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
const checkpoint = () => db.pragma('wal_checkpoint(PASSIVE)');
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.postMessage('stopped');
});
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

/** Checkpoints `path` every `intervalMs` from a worker thread; `onFailure` when the worker cannot (then SQLite must). */
export function startCheckpointer(path: string, intervalMs: number, onFailure: (error: Error) => void): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, driver, intervalMs } });
  worker.unref();
  let running = true;
  worker.once('error', (error) => {
    running = false;
    onFailure(error);
  });
  worker.once('exit', () => {
    running = false;
  });
  return {
    async stop() {
      if (!running) return;
      const stopped = new Promise<void>((done) => {
        worker.once('message', () => done());
        worker.once('exit', () => done());
      });
      worker.postMessage('stop');
      await stopped;
      await worker.terminate();
    },
  };
}
