"""Database access: an engine from any SQLAlchemy URL, ordered migrations, and the Store."""

from app.store.engine import make_engine
from app.store.errors import StoreError
from app.store.migrations import MIGRATIONS, applied_migrations, migrate
from app.store.repository import Store, open_store

__all__ = ["MIGRATIONS", "Store", "StoreError", "applied_migrations", "make_engine", "migrate",
           "open_store"]
