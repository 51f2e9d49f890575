// Command trivy-db builds a tiny trivy vulnerability database for tests: the buckets come from
// YAML fixture files in bolt-fixtures' format (the format trivy's and trivy-db's own tests load),
// written into `trivy.db` with bbolt, and `metadata.json` is written beside it the way the published
// database carries it. The test helper (../trivy-db.ts) packs the pair into the OCI artifact trivy
// downloads; nothing here knows about registries.
//
// Usage: trivy-db --output DIR [--next-update RFC3339] [--updated-at RFC3339]
//
//	[--downloaded-at RFC3339] [--schema-version N] FIXTURE.yaml...
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	fixtures "github.com/aquasecurity/bolt-fixtures"
)

// schemaVersion is trivy-db's pkg/db SchemaVersion at the revision trivy v0.74.0 requires (2).
// trivy refuses a database whose metadata names another version when it may not update it
// (`--skip-db-update`), and re-downloads one with an older version otherwise.
const schemaVersion = 2

// metadata mirrors trivy-db's pkg/metadata.Metadata: field names are the JSON keys trivy reads.
type metadata struct {
	Version      int `json:",omitempty"`
	NextUpdate   time.Time
	UpdatedAt    time.Time
	DownloadedAt time.Time
}

func parseTime(flagName, value string, fallback time.Time) time.Time {
	if value == "" {
		return fallback
	}
	parsed, err := time.Parse(time.RFC3339, value)
	if err != nil {
		log.Fatalf("--%s: %v", flagName, err)
	}
	return parsed.UTC()
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("trivy-db: ")
	output := flag.String("output", "", "directory to write trivy.db and metadata.json into (required)")
	nextUpdate := flag.String("next-update", "", "metadata NextUpdate, RFC 3339 (default: a day after --updated-at)")
	updatedAt := flag.String("updated-at", "", "metadata UpdatedAt, RFC 3339 (default: now)")
	// The published database leaves DownloadedAt zero; trivy stamps it after a download. A cache
	// directory prepared without a download needs it set, or trivy calls the DB corrupt.
	downloadedAt := flag.String("downloaded-at", "", "metadata DownloadedAt, RFC 3339 (default: zero, as published)")
	version := flag.Int("schema-version", schemaVersion, "metadata Version (trivy v0.74.0 expects 2)")
	flag.Parse()
	if *output == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: trivy-db --output DIR [flags] FIXTURE.yaml...")
		flag.PrintDefaults()
		os.Exit(2)
	}

	updated := parseTime("updated-at", *updatedAt, time.Now().UTC().Truncate(time.Second))
	meta := metadata{
		Version:      *version,
		UpdatedAt:    updated,
		NextUpdate:   parseTime("next-update", *nextUpdate, updated.Add(24*time.Hour)),
		DownloadedAt: parseTime("downloaded-at", *downloadedAt, time.Time{}),
	}

	if err := os.MkdirAll(*output, 0o755); err != nil {
		log.Fatal(err)
	}
	dbPath := filepath.Join(*output, "trivy.db")
	// bbolt would open an existing file and add to it; a rebuild must start empty.
	if err := os.Remove(dbPath); err != nil && !os.IsNotExist(err) {
		log.Fatal(err)
	}
	loader, err := fixtures.New(dbPath, flag.Args())
	if err != nil {
		log.Fatalf("open %s: %v", dbPath, err)
	}
	if err := loader.Load(); err != nil {
		_ = loader.Close()
		log.Fatalf("load fixtures: %v", err)
	}
	if err := loader.Close(); err != nil {
		log.Fatal(err)
	}

	encoded, err := json.Marshal(meta)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*output, "metadata.json"), encoded, 0o644); err != nil {
		log.Fatal(err)
	}
}
