"""The graph store: Article/Event/Actor/Place graph over the official neo4j driver.

``open_store(store_path=…)`` runs an embedded ArcadeDB with its Bolt server on loopback;
``open_store(neo4j_uri=…)`` talks to a running Neo4j 5 (or any Bolt server).  One Cypher
dialect (Neo4j 5) serves both.
"""

from kg.store.embedded import DATABASE, PASSWORD, USER, EmbeddedServer
from kg.store.graph import GraphStore, WriteSummary, open_store, serve

__all__ = ["DATABASE", "PASSWORD", "USER", "EmbeddedServer", "GraphStore", "WriteSummary",
           "open_store", "serve"]
