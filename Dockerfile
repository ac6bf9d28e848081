# syntax=docker/dockerfile:1
# The API with the built admin, for a PostgreSQL server (DATABASE_URL) or, without one, the
# embedded database in the /data volume. The process is node itself, with tsx as an in-process
# loader (the API runs its TypeScript directly): `docker stop` sends SIGTERM straight to the
# server, which drains its requests (SHUTDOWN_GRACE_MS) before closing the database.
ARG NODE_VERSION=24

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
ENV TURBO_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
# The manifests first, so that a change to the sources does not reinstall the dependencies.
COPY package.json package-lock.json ./
COPY admin/package.json admin/
COPY prisma/package.json prisma/
COPY schema/package.json schema/
COPY scripts/package.json scripts/
COPY scripts/bench/package.json scripts/bench/
COPY server/package.json server/
# No install scripts, as on the development machines: Prisma runs its Wasm engines and
# esbuild's binary comes in its own package, so none is needed.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npx turbo run generate --output-logs=errors-only \
 && npx turbo run build --filter=@p181/admin --output-logs=errors-only \
 && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    PGLITE_DIR=/data/pglite \
    CHECKPOINT_DISABLE=1 \
    PRISMA_HIDE_UPDATE_MESSAGE=1
WORKDIR /app
# Owned by root and read-only to the server: only /data is its to write.
COPY --from=build /app ./
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--import", "tsx", "server/src/main.ts"]
