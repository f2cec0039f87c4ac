"""(placeholder, filled by its own module)"""
from ..doc import Doc
from ..pipeline import stage


@stage("numbers", requires=("tokens",), assigns=("numbers",))
def numbers_stage(doc: Doc) -> None:
    pass
