"""The content engine: grounded, channel-exact, varied posts in French and English, on any model.

`write_plan` writes every slot of a plan; `rewrite_post` writes one again and keeps the
others. Writers ("llm", "template", or one registered with `register_writer`) propose
candidates; the engine validates each (fits, language, repetition, grounding, avoided
words, call to action and link, hashtags, typography or spelling, labels), ranks the valid
ones, keeps the best and records in provenance which one won and why.
"""

from flambeau.core.writing.engine import (
    WRITERS,
    Writer,
    get_writer,
    register_writer,
    rewrite_post,
    summarise,
    unregister_writer,
    write_plan,
)
from flambeau.core.writing.links import campaign_slug, tracked_link
from flambeau.core.writing.models import (
    DEFAULT_MODEL,
    available_models,
    default_model_id,
    resolve_model_id,
)
from flambeau.core.writing.variety import near_duplicates, similarity

__all__ = [
    "DEFAULT_MODEL",
    "WRITERS",
    "Writer",
    "available_models",
    "campaign_slug",
    "default_model_id",
    "get_writer",
    "near_duplicates",
    "register_writer",
    "resolve_model_id",
    "rewrite_post",
    "similarity",
    "summarise",
    "tracked_link",
    "unregister_writer",
    "write_plan",
]
