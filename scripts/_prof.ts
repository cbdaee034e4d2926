import { CUSTOM_FUNCTIONS } from "../src/core/functions/registry";
const ROWS=10000;
const col=(f:(r:number)=>number)=>Array.from({length:ROWS},(_,r)=>[f(r)]);
const a=col(r=>50+r%100), t=col(()=>100), r=col(()=>60);
function plain(){const out=new Array(ROWS);for(let i=0;i<ROWS;i++){const s=(a[i][0]-r[i][0])/(t[i][0]-r[i][0]);out[i]=[s<0?0:s>1?1:s];}return out}
const ctx={decimalSeparator:()=>"." as const};
const fns: [string, ()=>unknown][] = [["plain",plain],["engine",()=>CUSTOM_FUNCTIONS.KPI_SCORE([a,t,r],ctx)]];
const times: number[][] = fns.map(()=>[]);
for (let round=0; round<600; round++) fns.forEach(([,fn],i)=>{const s=process.hrtime.bigint(); fn(); times[i].push(Number(process.hrtime.bigint()-s)/1e6);});
const med=(x:number[])=>{const s=[...x].slice(200).sort((p,q)=>p-q);return s[Math.floor(s.length/2)]};
fns.forEach(([n],i)=>console.log(n, med(times[i]).toFixed(3)));
