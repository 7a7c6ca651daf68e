#!/usr/bin/env node
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { main } from './main';
import { isWorkerData, serveWorker } from './pool';

// This file is also the worker threads' entry (--jobs): one bundle, no second file to ship.
if (!isMainThread && parentPort && isWorkerData(workerData)) {
  serveWorker(parentPort, workerData.options);
} else {
  main(process.argv.slice(2), new URL(import.meta.url)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`standfirst: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
