"""(placeholder, filled by its own module)"""
from .doc import Doc
from .pipeline import stage


@stage("times", requires=("tokens", "sentences", "dateline"), assigns=("times",))
def times_stage(doc: Doc) -> None:
    pass
