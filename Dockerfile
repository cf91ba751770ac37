# Advice bot: a slim, pinned image that runs as a non-root user.
# Build:  docker build -t advice-bot .
# Run:    docker run -e TELEGRAM_BOT_TOKEN=... -e ADVICE_BOT_SECRET=... -v advice-bot-data:/data advice-bot
# Stop:   `docker stop` (SIGTERM) is enough: the bot exits within about 6 s, inside
#         Docker's default 10 s grace; see docs/operations.md, "Stopping and restarting".
# The install steps below are exercised in a fresh virtual environment by
# tests/test_dockerfile.py, since no container engine runs in CI.
FROM python:3.11.7-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

COPY pyproject.toml constraints.txt README.md ./
COPY bot ./bot
RUN pip install --no-cache-dir -c constraints.txt .

COPY flows ./flows
COPY locales ./locales

RUN useradd --system --uid 10001 --user-group --home-dir /data --no-create-home advicebot \
    && mkdir -p /data \
    && chown advicebot:advicebot /data \
    && chmod 700 /data

USER 10001:10001

ENV ADVICE_BOT_ROOT=/app \
    ADVICE_BOT_DB=/data/advice-bot.db \
    ADVICE_BOT_CACHE=/data/cache \
    ADVICE_BOT_HEARTBEAT=/data/heartbeat \
    ADVICE_BOT_LISTEN_HOST=0.0.0.0

VOLUME ["/data"]
EXPOSE 8080

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["advice-bot", "health"]

STOPSIGNAL SIGTERM
CMD ["advice-bot", "run"]
