module image-actions/test/sandbox-probe

go 1.22
