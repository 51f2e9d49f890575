module github.com/image-actions/image-actions/test/support/trivy-db

go 1.25.0

require github.com/aquasecurity/bolt-fixtures v0.0.0-20200903104109-d34e7f983986

require (
	github.com/goccy/go-yaml v1.19.2 // indirect
	go.etcd.io/bbolt v1.5.0 // indirect
	golang.org/x/sys v0.45.0 // indirect
)
