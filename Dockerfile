# syntax=docker/dockerfile:1
#
# One image for both processes of e-KTP Operations Workflows:
#   API:    node dist/src/main.js    (the default command)
#   worker: node dist/src/worker.js  (docker-compose.yml sets it as the worker's command)
#
# Build: docker build -t ektp-ops-workflows .   (docker compose builds it for you)

# Node 22 LTS (Node 20 is end of life); the code also runs on Node 20, which the development machines have.
ARG NODE_IMAGE=node:22-bookworm-slim

# ---- build: all dependencies, compile TypeScript, bundle the workflows, then drop dev deps ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false

COPY package.json package-lock.json ./
# Exactly the committed lockfile, no fallback (the same as .ci/run).
RUN npm ci

COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY src ./src
COPY workflows ./workflows
COPY bench ./bench
COPY web ./web
# tsc to dist/, the pre-built workflow bundle dist/workflow-bundle.js and the browser app web/dist
RUN npm run build \
 && test -f dist/src/main.js \
 && test -f dist/src/worker.js \
 && test -f dist/workflow-bundle.js \
 && test -f web/dist/index.html \
 && npm prune --omit=dev \
 && npm cache clean --force

# ---- runtime: production node_modules + dist only, as the unprivileged `node` user ----
# `npm prune --omit=dev` above leaves only package.json's "dependencies": no TypeScript, jest,
# vite, the embedded Postgres or the Temporal test server (both development-only: `npm start`).
FROM ${NODE_IMAGE} AS runtime
# The API listens on loopback unless HOST says otherwise; in a container it must answer on every interface.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    npm_config_update_notifier=false
WORKDIR /app

# package.json stays: the app finds its root (and dist/workflow-bundle.js) by looking for it.
COPY --from=build --chown=node:node /app/package.json /app/package-lock.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/web/dist ./web/dist

# The official node image ships the unprivileged user `node` (uid 1000).
USER node

EXPOSE 3000
# Liveness of the API (the default command). The worker's container overrides it in
# docker-compose.yml with its own readiness on WORKER_METRICS_PORT.
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=12 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Both processes shut down cleanly on SIGTERM (the worker finishes in-flight tasks first).
STOPSIGNAL SIGTERM
CMD ["node", "dist/src/main.js"]
