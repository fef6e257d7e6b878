"""The CLI as a user runs it: exit codes, line-for-line filters, the summary of a run."""

import json
import subprocess
import sys

from typer.testing import CliRunner

from rasad.cli.main import app

runner = CliRunner()


def test_normalize_is_one_line_out_per_line_in():
    lines = ["نخستوزیر گفت ميتواند", "", "   ", "آمریکاییها ۱۲ خرداد ١٤٠٣"]
    result = runner.invoke(app, ["normalize"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0
    out = result.output.split("\n")[:-1]
    assert len(out) == len(lines)
    assert out[0] == "نخست‌وزیر گفت می‌تواند"
    assert out[3] == "آمریکایی‌ها 12 خرداد 1403"


def test_entities_prints_a_json_array_per_line():
    lines = ["ولادیمیر پوتین روز دوشنبه به تهران سفر کرد.", "No Persian at all", ""]
    result = runner.invoke(app, ["entities"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    arrays = [json.loads(line) for line in result.output.splitlines()]
    assert len(arrays) == 3 and arrays[2] == []
    first = {(lines[0][s["start"]:s["end"]], s["type"], s["actor_id"]) for s in arrays[0]}
    assert ("ولادیمیر پوتین", "PER", "vladimir-putin") in first
    assert ("تهران", "LOC", "IRN") in first


def test_run_reports_failures_and_exits_2(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("ولادیمیر پوتین به تهران سفر کرد.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    db = tmp_path / "r.duckdb"
    result = subprocess.run(
        [sys.executable, "-m", "rasad.cli.main", "run", str(good), str(bad), "--db", str(db)],
        capture_output=True, text=True,
    )
    assert result.returncode == 2
    assert "bad.txt" in result.stdout and "binary" in result.stdout
    again = subprocess.run(
        [sys.executable, "-m", "rasad.cli.main", "run", str(good), "--db", str(db)], capture_output=True, text=True
    )
    assert again.returncode == 0 and "skipped as duplicates" in again.stdout
