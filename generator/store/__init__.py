"""The content folder: event files, source records, vocabularies, cache and ingest journal.

Only this package (and the CLI) touches ``content/``. Its public API, used by
:mod:`generator.ingest`, :mod:`generator.site` and the CLI, is listed in ``__all__``;
the modules behind it:

- :mod:`~generator.store.events`: load and validate event files (file:line:column);
- :mod:`~generator.store.serialise`: the one :class:`~generator.models.Event` serialiser;
- :mod:`~generator.store.problems`: what is wrong with a file;
- :mod:`~generator.store.files`: paths and atomic writes;
- :mod:`~generator.store.journal`: the write-ahead journal (all files or none);
- :mod:`~generator.store.sources`: source records, one per article;
- :mod:`~generator.store.vocab`: the entity and tag vocabularies;
- :mod:`~generator.store.story`: ``story.yaml``, the story as the home page tells it;
- :mod:`~generator.store.cache`: parsed content cached between builds;
- :mod:`~generator.store.check`: ``chronicle check``;
- :mod:`~generator.store.edit`: text patches of hand-edited files, ``chronicle new``;
- :mod:`~generator.store.yamlread`, :mod:`~generator.store.yamlwrite`: YAML in and out.
"""

from generator.store.cache import (
    Preloaded,
    load_events_cached,
    load_sources_cached,
    preload_events,
)
from generator.store.check import CheckResult, check_content
from generator.store.edit import create_event, patch_event_text
from generator.store.events import LoadResult, event_from_bytes, load_events
from generator.store.files import (
    display_path,
    event_files,
    event_path,
    write_bytes_atomic,
    write_text_atomic,
)
from generator.store.journal import recover, transaction
from generator.store.problems import Problem, SchemaErrors
from generator.store.serialise import (
    KEY_ORDER,
    EventRecord,
    event_fields,
    event_from_data,
    event_to_data,
    event_to_yaml,
)
from generator.store.sources import (
    Source,
    kept_text_ids,
    load_source_texts,
    load_sources,
    write_sources,
)
from generator.store.story import STORY_FILE, Hero, Story, fill_story, load_story
from generator.store.vocab import (
    ENTITIES_FILE,
    TAGS_FILE,
    Entity,
    Tag,
    Vocabulary,
    load_vocabulary,
)
from generator.store.yamlread import Loaded, load_with_marks

__all__ = [
    "ENTITIES_FILE",
    "KEY_ORDER",
    "STORY_FILE",
    "TAGS_FILE",
    "CheckResult",
    "Entity",
    "EventRecord",
    "Hero",
    "LoadResult",
    "Loaded",
    "Preloaded",
    "Problem",
    "SchemaErrors",
    "Source",
    "Story",
    "Tag",
    "Vocabulary",
    "check_content",
    "create_event",
    "display_path",
    "event_fields",
    "event_files",
    "event_from_bytes",
    "event_from_data",
    "event_path",
    "event_to_data",
    "event_to_yaml",
    "fill_story",
    "kept_text_ids",
    "load_events",
    "load_events_cached",
    "load_source_texts",
    "load_sources",
    "load_sources_cached",
    "load_story",
    "load_vocabulary",
    "load_with_marks",
    "patch_event_text",
    "preload_events",
    "recover",
    "transaction",
    "write_bytes_atomic",
    "write_sources",
    "write_text_atomic",
]
