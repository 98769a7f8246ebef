/** Sizes as people read them, in powers of 1000 to match the unit names. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

export interface UploadProgress {
  /** Called with the bytes handed to the connection so far. */
  update(sent: number): void;
  /** Called once the whole body has been handed over: what follows is the service's processing. */
  done(): void;
  /** Called when the request is over, however it ended, so that an error starts on a line of its own. */
  stop(): void;
}

const BAR_WIDTH = 30;
/** Lines are printed at most once per this many percent, so that a log stays short. */
const LINE_STEP = 10;

const PROCESSING = 'processing: the service checks every row, then writes them all';
const secondsSince = (start: number) => Math.round((Date.now() - start) / 1000);

/** A bar redrawn in place with \r, for a person watching a terminal; then the seconds the service has been working. */
function bar(total: number, stream: NodeJS.WriteStream): UploadProgress {
  let shown = -1;
  let open = false;
  let ticking: NodeJS.Timeout | undefined;
  const draw = (sent: number) => {
    const percent = total ? Math.floor((100 * sent) / total) : 100;
    if (percent === shown) return;
    shown = percent;
    open = true;
    const filled = Math.round((BAR_WIDTH * percent) / 100);
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${percent}% ${formatBytes(sent)} of ${formatBytes(total)}`);
  };
  return {
    update: draw,
    done() {
      draw(total);
      stream.write('\n');
      const start = Date.now();
      const tick = () => stream.write(`\r${PROCESSING}… ${secondsSince(start)} s`);
      tick();
      ticking = setInterval(tick, 1000);
    },
    stop() {
      clearInterval(ticking);
      if (open) stream.write('\n');
      open = false;
    },
  };
}

/** Plain lines, for a log file or a CI job where \r would only make a mess. */
function lines(total: number, stream: NodeJS.WriteStream): UploadProgress {
  let printed = 0;
  let processingSince: number | undefined;
  const line = (percent: number, sent: number) =>
    stream.write(`uploaded ${percent}% (${formatBytes(sent)} of ${formatBytes(total)})\n`);
  return {
    update(sent) {
      const percent = total ? Math.floor((100 * sent) / total) : 100;
      if (percent >= printed + LINE_STEP && percent < 100) {
        printed = percent;
        line(percent, sent);
      }
    },
    done() {
      line(100, total);
      stream.write(`${PROCESSING}\n`);
      processingSince = Date.now();
    },
    stop() {
      if (processingSince !== undefined) stream.write(`answered after ${secondsSince(processingSince)} s of processing\n`);
    },
  };
}

const silent: UploadProgress = { update() {}, done() {}, stop() {} };

/** Files below this upload in a blink: a bar would only flicker. */
const LARGE_FILE_BYTES = 1_000_000;

/**
 * On a terminal, a bar for a large file (or any file with --progress); elsewhere nothing,
 * unless --progress asks for plain lines.
 */
export function uploadProgress(total: number, asked: boolean, stream: NodeJS.WriteStream = process.stderr): UploadProgress {
  if (stream.isTTY) return untilStopped(asked || total >= LARGE_FILE_BYTES ? bar(total, stream) : silent);
  return untilStopped(asked ? lines(total, stream) : silent);
}

/** Says nothing once stopped: a body still being read after the answer came must not scribble over the error. */
function untilStopped(progress: UploadProgress): UploadProgress {
  let stopped = false;
  return {
    update(sent) {
      if (!stopped) progress.update(sent);
    },
    done() {
      if (!stopped) progress.done();
    },
    stop() {
      if (!stopped) progress.stop();
      stopped = true;
    },
  };
}
