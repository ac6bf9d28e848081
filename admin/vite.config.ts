import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompress } from "./src/build/precompress.ts";

/** Where `npm run dev` sends /graphql: the API started by `npm start` (or `npm run dev` of @p181/server). */
const api = process.env.P181_API_URL ?? "http://127.0.0.1:4000";

export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    host: "127.0.0.1",
    port: 5173,
    proxy: { "/graphql": api, "/health": api, "/ready": api },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // .vite/manifest.json: which chunks the entry imports (src/build/bundle-budget.test.ts).
    manifest: true,
    chunkSizeWarningLimit: 3000,
  },
});
