/**
 * Digests many pages on worker threads. Parsing and digesting are CPU-bound and synchronous, so
 * one thread per core is what scales; loading stays on the main thread (stdin is only readable
 * there, and file or network I/O is cheap next to parsing), which hands each idle worker the next
 * page's HTML. Results come back in any order; the caller puts them back in input order.
 */
import { Worker } from 'node:worker_threads';
import { digestLoaded, loadPage, printed, type PageOptions, type PrintedLine } from './digest-page';

/** What the main thread sends a worker, and what it answers. */
interface Job {
  index: number;
  input: string;
  html: string;
  sourceUrl: string;
}
interface Answer {
  index: number;
  line: PrintedLine;
}

/** workerData that marks a thread as one of ours (bin.ts checks it). */
export interface WorkerData {
  standfirstWorker: true;
  options: PageOptions;
}

export const isWorkerData = (data: unknown): data is WorkerData =>
  typeof data === 'object' && data !== null && (data as WorkerData).standfirstWorker === true;

/**
 * The worker side: digest each job it is sent, answer with the line already serialised (the
 * JSON of a page is large; writing it here keeps the main thread from doing it for every worker).
 */
export function serveWorker(
  port: { on(event: 'message', fn: (job: Job) => void): unknown; postMessage(a: Answer): void },
  options: PageOptions,
): void {
  port.on('message', (job) => {
    port.postMessage({
      index: job.index,
      line: printed(digestLoaded(job.input, job.html, job.sourceUrl, options)),
    });
  });
}

/**
 * Digests `inputs` on `jobs` worker threads started from `workerUrl` (the CLI's own entry file),
 * calling `onLine` once per input as each finishes, in completion order.
 */
export function digestOnWorkers(
  inputs: readonly string[],
  jobs: number,
  options: PageOptions,
  workerUrl: URL,
  onLine: (index: number, line: PrintedLine) => void,
): Promise<void> {
  return new Promise((resolve) => {
    let next = 0;
    let finished = 0;
    const workers = new Set<Worker>();
    const complete = (index: number, line: PrintedLine): void => {
      onLine(index, line);
      if (++finished === inputs.length) {
        for (const w of workers) void w.terminate();
        resolve();
      }
    };

    const start = (): void => {
      const data: WorkerData = { standfirstWorker: true, options };
      const worker = new Worker(workerUrl, { workerData: data });
      workers.add(worker);
      let current: Job | null = null;

      const feed = async (): Promise<void> => {
        while (next < inputs.length) {
          const index = next++;
          const input = inputs[index]!;
          const page = await loadPage(input);
          if (!('html' in page)) {
            complete(index, printed(page));
            continue;
          }
          current = { index, input, html: page.html, sourceUrl: page.sourceUrl };
          worker.postMessage(current);
          return;
        }
        current = null;
      };

      worker.on('message', (answer: Answer) => {
        current = null;
        complete(answer.index, answer.line);
        void feed();
      });
      // A worker that dies (out of memory on a monstrous page) fails its page, not the run.
      worker.on('error', (error) => {
        workers.delete(worker);
        const job = current;
        current = null;
        if (job) {
          complete(
            job.index,
            printed({ input: job.input, error: `worker failed: ${error.message}` }),
          );
        }
        if (next < inputs.length) start();
      });
      void feed();
    };

    const count = Math.max(1, Math.min(jobs, inputs.length));
    if (inputs.length === 0) resolve();
    else for (let i = 0; i < count; i++) start();
  });
}
