from streams.runner import Produced, derived_outputs_done, events_per_second


def test_progress_counts_only_this_runs_records() -> None:
    produced = Produced()
    for partition, offset in [(0, 10), (0, 11), (1, 5), (0, 12)]:
        produced.note(partition, offset)
    assert produced.records == 4
    assert produced.done({}) == 0
    assert produced.done({0: 12, 1: 5}) == 2  # offsets 10 and 11 of partition 0
    assert produced.done({0: 13, 1: 6}) == 4
    assert produced.done({0: 99, 1: 99}) == 4


def test_rates_and_derived_outputs_from_metrics() -> None:
    metrics = {"grouppulse_first_event_processed_timestamp_seconds": 100.0,
               "grouppulse_last_write_timestamp_seconds": 110.0}
    assert events_per_second(metrics, 5000) == 500.0
    assert events_per_second({}, 5000) == 0.0
    assert not derived_outputs_done({"grouppulse_campaign_sightings_sent_total": 3.0,
                                     "grouppulse_campaign_sightings_processed_total": 2.0})
    assert derived_outputs_done({"grouppulse_campaign_sightings_sent_total": 3.0,
                                 "grouppulse_campaign_sightings_processed_total": 3.0})


def test_metrics_of_several_workers_merge_into_one_view() -> None:
    from streams.runner import merge_metrics

    first = {'grouppulse_events_total{partition="0"}': 10.0,
             "grouppulse_first_event_processed_timestamp_seconds": 100.0,
             "grouppulse_last_write_timestamp_seconds": 110.0}
    second = {'grouppulse_events_total{partition="0"}': 5.0,
              "grouppulse_first_event_processed_timestamp_seconds": 0.0,  # nothing yet
              "grouppulse_last_write_timestamp_seconds": 120.0}
    merged = merge_metrics([first, second])
    assert merged['grouppulse_events_total{partition="0"}'] == 15.0
    assert merged["grouppulse_first_event_processed_timestamp_seconds"] == 100.0
    assert merged["grouppulse_last_write_timestamp_seconds"] == 120.0
    assert merge_metrics([]) == {}
