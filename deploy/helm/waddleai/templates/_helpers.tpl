{{- define "waddleai.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "waddleai.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "waddleai.selector" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "waddleai.image" -}}
{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end -}}

{{- define "waddleai.secretName" -}}
{{ .Values.existingSecret | default (include "waddleai.fullname" .) }}
{{- end -}}

{{/* Environment shared by both servers: the ConfigMap, the Secret, the config file. */}}
{{- define "waddleai.envFrom" -}}
envFrom:
  - configMapRef:
      name: {{ include "waddleai.fullname" . }}
  - secretRef:
      name: {{ include "waddleai.secretName" . }}
{{- end -}}

{{- define "waddleai.volumes" -}}
volumes:
  - name: data
    emptyDir: {}
  - name: tmp
    emptyDir: {}
  {{- if .Values.configFile }}
  - name: config-file
    configMap:
      name: {{ include "waddleai.fullname" . }}-file
  {{- end }}
{{- end -}}

{{- define "waddleai.volumeMounts" -}}
volumeMounts:
  - name: data
    mountPath: /var/lib/waddleai
  - name: tmp
    mountPath: /tmp
  {{- if .Values.configFile }}
  - name: config-file
    mountPath: /etc/waddleai
    readOnly: true
  {{- end }}
{{- end -}}
