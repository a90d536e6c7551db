# The API alone; Neo4j comes from the official image (see docker-compose.yml) or NEO4J_URI.
# The embedded-Neo4j launcher is not built here: with NEO4J_URI set the API starts nothing else.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# The build needs no devDependencies (typescript and the @types/* it compiles against are
# dependencies), so the image installs exactly what `NODE_ENV=production npm ci` installs.
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    PORT=4000 \
    HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
# Read at run time: Cypher files, seeds, the example operations and the explorer's static files.
COPY cypher ./cypher
COPY seeds ./seeds
COPY schema ./schema
COPY src/explorer/public ./src/explorer/public
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# node directly (not npm) so SIGTERM reaches the process and shutdown drains requests.
CMD ["node", "dist/src/main.js"]
