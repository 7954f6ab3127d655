import { createReadStream } from 'node:fs';

const NEWLINE = 0x0a;

/**
 * The lines of a file, read in 64 KB chunks, so that memory holds one line at a time whatever the file's
 * size. A line longer than `maxBytes` is skipped (yielded as `undefined`, for the caller to count) without
 * being held: one corrupt or hostile line never fills the heap. A missing file has no lines.
 */
export async function* readLines(path: string, maxBytes: number): AsyncGenerator<string | undefined> {
  const pending: Buffer[] = [];
  let pendingBytes = 0;
  let overlong = false;
  const take = (piece: Buffer): void => {
    if (overlong) return;
    if (pendingBytes + piece.length > maxBytes) {
      overlong = true;
      pending.length = 0;
      pendingBytes = 0;
      return;
    }
    pending.push(piece);
    pendingBytes += piece.length;
  };
  const line = (): string | undefined => {
    const text = overlong ? undefined : Buffer.concat(pending, pendingBytes).toString('utf8');
    pending.length = 0;
    pendingBytes = 0;
    overlong = false;
    return text;
  };
  const stream = createReadStream(path, { highWaterMark: 64 * 1024 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let start = 0;
      for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
        take(chunk.subarray(start, end));
        yield line();
        start = end + 1;
      }
      if (start < chunk.length) take(chunk.subarray(start));
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  } finally {
    stream.destroy();
  }
  // A last line without its newline: cut short by a crash, or still being appended by another process.
  if (pendingBytes || overlong) yield line();
}
