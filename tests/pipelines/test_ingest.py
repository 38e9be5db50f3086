from pipelines.ingest import glob_root, match_files, relative_path


def test_glob_root_is_the_fixed_directory():
    assert glob_root("gs://bucket/crawl/2024/*.warc.gz") == "gs://bucket/crawl/2024"
    assert glob_root("/data/dumps/**/*.jsonl") == "/data/dumps"
    assert glob_root("/data/one.jsonl") == "/data"


def test_same_corpus_gets_same_relative_paths_locally_and_in_a_bucket():
    local = relative_path("/home/me/corpus/news/a.jsonl", glob_root("/home/me/corpus/**"))
    remote = relative_path("gs://b/corpus/news/a.jsonl", glob_root("gs://b/corpus/**"))
    assert local == remote == "news/a.jsonl"


def test_match_files_deduplicates_overlapping_globs(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.jsonl").write_text("{}\n")
    (tmp_path / "y.txt").write_text("가")
    files = match_files([str(tmp_path / "**"), str(tmp_path / "a" / "*.jsonl")])
    assert files == [
        (str(tmp_path / "a" / "x.jsonl"), "a/x.jsonl"),
        (str(tmp_path / "y.txt"), "y.txt"),
    ]
