# privacyguard in a container (docs/install.md): build with
#   docker build -t privacyguard:0.1.0 .
# and run any command, for instance
#   docker run --rm -v "$PWD:/data" privacyguard:0.1.0 scan /data/chats.jsonl
# The image holds the wheel and its dependencies only: no compilers, no tests, no browser
# (`audit --screenshot` needs Chromium: use the [browser] extra outside the image).

ARG PYTHON_IMAGE=python:3.11-slim

# -- build the wheel from the source (rules/ and policies/ go inside it) --------------------
FROM ${PYTHON_IMAGE} AS wheel
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml setup.py README.md ./
COPY rules ./rules
COPY policies ./policies
COPY privacyguard ./privacyguard
RUN pip wheel --no-deps --wheel-dir /dist .

# -- the runtime image --------------------------------------------------------------------
FROM ${PYTHON_IMAGE}
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
COPY --from=wheel /dist /dist
RUN pip install /dist/*.whl && rm -rf /dist
# a numeric non-root user (Kubernetes' runAsNonRoot checks the number); /data is the working
# folder (default store privacyguard.db, policy-watch's .privacyguard/), /var/lib/privacyguard
# a place for a volume that outlives the container (the audit anchor)
RUN useradd --create-home --uid 10001 --user-group privacyguard \
    && mkdir -p /data /var/lib/privacyguard \
    && chown privacyguard:privacyguard /data /var/lib/privacyguard
USER 10001
WORKDIR /data
ENTRYPOINT ["privacyguard"]
CMD ["--help"]
