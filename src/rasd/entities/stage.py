"""(placeholder, filled by its own module)"""
from ..doc import Doc
from ..pipeline import stage


@stage("entities", requires=("tokens", "sentences"), assigns=("mentions", "entities"))
def entities_stage(doc: Doc) -> None:
    pass
