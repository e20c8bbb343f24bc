"""A Spark session for local mode and for the CLI; on a cluster, spark-submit makes it."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyspark.sql import SparkSession


def get_session(master: str | None = None, app_name: str = "privacyguard") -> SparkSession:
    """The active session (spark-submit, Databricks), or a new one on ``master`` (default
    ``local[*]``). In local mode the Python workers run this interpreter unless
    PYSPARK_PYTHON says otherwise, so they import the same privacyguard."""
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None and master is None:
        return active
    builder = SparkSession.builder.appName(app_name)
    if master is not None or not os.environ.get("SPARK_HOME"):  # else spark-submit's master
        master = master or "local[*]"
        builder = builder.master(master)
        if master.startswith("local"):  # 200 shuffle partitions are for clusters
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers: this Python
            builder = builder.config("spark.sql.shuffle.partitions", str(2 * _cores(master)))
    return (
        builder.config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )


def _cores(master: str) -> int:
    """The threads of local, local[N], local[*] or local[N,F]."""
    inside = master.partition("[")[2].rstrip("]").split(",")[0]
    if inside.isdigit():
        return max(1, int(inside))
    return (os.cpu_count() or 1) if inside == "*" else 1
