// One app server process for the load test: `scripts/start.ts --no-build` on the production build, with the
// environment the test decides. Its pid is the server itself, so SIGKILL really kills the server.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";

export type AppInstance = {
  name: string;
  url: string;
  pid(): number | undefined;
  start(): Promise<void>;
  kill(signal: NodeJS.Signals): Promise<void>;
};

export function createAppInstance(options: { name: string; port: number; env: Record<string, string>; logFile: string; readyTimeoutMs: number }): AppInstance {
  const url = `http://127.0.0.1:${options.port}`;
  let child: ChildProcess | undefined;

  const exited = (c: ChildProcess) => c.exitCode !== null || c.signalCode !== null;

  return {
    name: options.name,
    url,
    pid: () => child?.pid,
    async start() {
      const env: NodeJS.ProcessEnv = { ...process.env };
      for (const key of ["DATABASE_URL", "PGLITE_DIR", "SMTP_URL", "NODE_OPTIONS"]) delete env[key];
      Object.assign(env, options.env, { HOST: "127.0.0.1", PORT: String(options.port), APP_URL: url, NEXT_TELEMETRY_DISABLED: "1" });
      const log = fs.openSync(options.logFile, "a");
      child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--no-build"], { env, stdio: ["ignore", log, log] });
      fs.closeSync(log);
      const started = child;
      const deadline = Date.now() + options.readyTimeoutMs;
      for (;;) {
        if (exited(started)) throw new Error(`${options.name} exited while starting; see ${options.logFile}`);
        try {
          const answer = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5000) });
          if (answer.status === 200) return;
        } catch {
          // not listening yet
        }
        if (Date.now() > deadline) throw new Error(`${options.name} was not healthy within ${options.readyTimeoutMs} ms; see ${options.logFile}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    },
    async kill(signal) {
      const running = child;
      if (!running || exited(running)) return;
      const gone = new Promise((resolve) => running.once("exit", resolve));
      running.kill(signal);
      await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (!exited(running)) {
        running.kill("SIGKILL");
        await gone;
      }
    },
  };
}
