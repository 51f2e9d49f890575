// Command referrers-registry serves go-containerregistry's registry implementation with the OCI 1.1
// referrers API switched on, storing blobs on disk. It stands in for zot in the test harness: the
// zot module cannot be fetched on the machines this project runs on, and `crane registry serve`
// does not enable the referrers API.
package main

import (
	"flag"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/google/go-containerregistry/pkg/registry"
)

func main() {
	address := flag.String("address", "127.0.0.1:0", "address to listen on")
	disk := flag.String("disk", "", "directory for blobs (required)")
	flag.Parse()
	if *disk == "" {
		log.Fatal("--disk is required")
	}
	if err := os.MkdirAll(*disk, 0o755); err != nil {
		log.Fatal(err)
	}
	listener, err := net.Listen("tcp", *address)
	if err != nil {
		log.Fatal(err)
	}
	handler := registry.New(
		registry.WithBlobHandler(registry.NewDiskBlobHandler(*disk)),
		registry.WithReferrersSupport(true),
		// Per-request logging would dominate benchmark runs.
		registry.Logger(log.New(io.Discard, "", 0)),
	)
	server := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second}
	log.Printf("serving on %s", listener.Addr())
	log.Fatal(server.Serve(listener))
}
