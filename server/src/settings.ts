export interface ServerSettings {
  port: number;
  host: string;
  /** Load demo data into an empty database: "auto" does so only for the embedded one. */
  demoData: "auto" | "always" | "never";
  development: boolean;
}

export function serverSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const demoData = env.DEMO_DATA ?? "auto";
  if (demoData !== "auto" && demoData !== "always" && demoData !== "never") {
    throw new Error(`DEMO_DATA must be auto, always or never, got "${demoData}"`);
  }
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? "127.0.0.1",
    demoData,
    development: env.NODE_ENV !== "production",
  };
}
