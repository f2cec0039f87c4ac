"""(placeholder, filled by its own module)"""
from .doc import Doc
from .pipeline import stage


@stage("times", requires=("tokens", "sentences", "numbers", "dateline"), assigns=("times",))
def times_stage(doc: Doc) -> None:
    pass
