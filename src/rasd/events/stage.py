"""(placeholder, filled by its own module)"""
from ..doc import Doc
from ..pipeline import stage


@stage("events", requires=("tokens", "sentences", "entities", "times", "quotes"), assigns=("events",))
def events_stage(doc: Doc) -> None:
    pass
